# Top1 Acc=79.390, Top5 Acc=94.346
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b1-r224 --image_size 224

# Top1 Acc=79.918, Top5 Acc=94.704
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b1-r256 --image_size 256

# Top1 Acc=80.410, Top5 Acc=94.984
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b1-r288 --image_size 288

# Top1 Acc=82.100, Top5 Acc=95.782
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b2-r224 --image_size 224 --crop_ratio 1.0

# Top1 Acc=82.698, Top5 Acc=96.096
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b2-r256 --image_size 256 --crop_ratio 1.0

# Top1 Acc=83.086, Top5 Acc=96.302
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b2-r288 --image_size 288 --crop_ratio 1.0

# Top1 Acc=83.468, Top5 Acc=96.356
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b3-r224 --image_size 224 --crop_ratio 1.0

# Top1 Acc=83.806, Top5 Acc=96.514
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b3-r256 --image_size 256 --crop_ratio 1.0

# Top1 Acc=84.150, Top5 Acc=96.732
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-b3-r288 --image_size 288 --crop_ratio 1.0

# Top1 Acc=84.484, Top5 Acc=96.862
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l1-r224 --image_size 224 --crop_ratio 1.0

# Top1 Acc=85.050, Top5 Acc=97.090
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l2-r224 --image_size 224 --crop_ratio 1.0

# Top1 Acc=85.366, Top5 Acc=97.216
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l2-r256 --image_size 256 --crop_ratio 1.0

# Top1 Acc=85.630, Top5 Acc=97.364
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l2-r288 --image_size 288 --crop_ratio 1.0

# Top1 Acc=85.734, Top5 Acc=97.438
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l2-r320 --image_size 320 --crop_ratio 1.0

# Top1 Acc=85.978, Top5 Acc=97.518
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l2-r384 --image_size 384 --crop_ratio 1.0

# Top1 Acc=85.814, Top5 Acc=97.198
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l3-r224 --image_size 224 --crop_ratio 1.0

# Top1 Acc=85.938, Top5 Acc=97.318
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l3-r256 --image_size 256 --crop_ratio 1.0

# Top1 Acc=86.070, Top5 Acc=97.440
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l3-r288 --image_size 288 --crop_ratio 1.0

# Top1 Acc=86.230, Top5 Acc=97.474
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l3-r320 --image_size 320 --crop_ratio 1.0

# Top1 Acc=86.408, Top5 Acc=97.632
python applications/efficientvit_cls/eval_efficientvit_cls_model.py --model efficientvit-l3-r384 --image_size 384 --crop_ratio 1.0
