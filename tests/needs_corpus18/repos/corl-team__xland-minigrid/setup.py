import setuptools

# this for old python versions, to allow editable pip install
if __name__ == "__main__":
    setuptools.setup()
