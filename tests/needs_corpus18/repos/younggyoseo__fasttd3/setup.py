from setuptools import setup, find_packages

setup(
    name="fast_td3",
    version="0.1.0",
    description="FastTD3 implementation",
    author="",
    author_email="",
    url="",
    packages=find_packages(),
)
