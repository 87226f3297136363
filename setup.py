"""The package list for setuptools; everything else is in pyproject.toml.

``resources/`` and ``migrations/`` are not under ``miljologg/`` in the checkout, but the wheel
carries them as ``miljologg.resources`` and ``miljologg.migrations`` (``package-dir`` in
pyproject.toml), which is where ``miljologg.assets`` looks for them once installed.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["miljologg", "miljologg.*"]),
        "miljologg.resources",
        "miljologg.migrations",
    ]
)
