docker pull yandex/yalm-cuda11-ds:1.0
docker tag yandex/yalm-cuda11-ds:1.0 yalm-cuda11-ds:1.0
