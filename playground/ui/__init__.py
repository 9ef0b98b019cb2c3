"""The Qt views of the playground."""
