python -m venv venv
source venv/Scripts/activate
pip install -r requirements.txt
python src/test.py

