from setuptools import setup, find_packages

setup(
    name='dh_projects',
    packages=find_packages(),
    install_requires=[]
)