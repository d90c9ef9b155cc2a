docker build -t yalm-cuda11-ds:1.0 --network host .
