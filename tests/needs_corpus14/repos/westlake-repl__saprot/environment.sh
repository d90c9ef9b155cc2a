pip install pip==24.0
pip install -r requirements.txt