python3 tools/lazyconfig_train_net.py \
  --config-file /mnt/bn/lianghuidata/Vim/det/projects/ViTDet/configs/COCO/cascade_mask_rcnn_vimdet_t_100ep_adj1.py \
  --eval-only train.init_checkpoint="/mnt/bn/lianghuidata/Vim/det/released_ckpt/vimdet.pth"