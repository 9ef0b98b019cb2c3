"""The README's commands are the ones CI runs, and its NumPy example really predicts."""

import re
import subprocess
import sys
from pathlib import Path

import numpy as np

from playground.engine.modelfile import ModelFile, save_model
from playground.engine.network import Network
from playground.engine.spec import LayerSpec, NetworkSpec

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```bash\n(.*?)\n```", README, re.S)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_numpy_example_reproduces_the_engine(tmp_path):
    code = README.split("<!-- numpy-example -->")[1].split("```python\n")[1].split("```")[0]
    spec = NetworkSpec(layers=(LayerSpec(5, "relu"), LayerSpec(3, "tanh"),
                               LayerSpec(3, "softmax")), loss="cross_entropy")
    network = Network(spec, seed=4)
    save_model(tmp_path / "model.json", ModelFile(spec, network.params))
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, check=True).stdout
    printed = np.array([[float(v) for v in row.strip(" []").split()]
                        for row in out.strip().splitlines()])
    expected = network.predict(np.array([[0.5, -1.0], [2.0, 3.0]]))
    np.testing.assert_allclose(printed, expected, rtol=1e-6)
