"""playground: a desktop neural-network playground."""

import os

# Networks this small run fastest on one BLAS thread; a second one only competes with the GUI
# thread for the machine's cores. Set before NumPy loads; a user's own setting wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

__version__ = "0.1.0"
