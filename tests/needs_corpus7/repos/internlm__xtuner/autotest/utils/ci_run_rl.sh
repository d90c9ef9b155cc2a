set -ex
ray stop --force
# examples of usage:
# qwen3_8B_grpo_gsm8k training: 
# bash autotest/utils/ci_run_rl.sh "GPU" "sglang" auotest/config/rl_qwen3_8B_grpo.py $MODEL_PATH $DATA_PATH $EVAL_DATA_PATH

ACCELERATOR=$1
INFER_BACKEND=$2
CONFIG_PATH=$3
MODEL_PATH=$4
DATA_PATH=$5
EVAL_DATA_PATH=${6:-""}
ACCELERATOR=$(echo "$ACCELERATOR" | tr '[:lower:]' '[:upper:]')
if [ $ACCELERATOR != "GPU" ] && [ $ACCELERATOR != "NPU" ]; then
  echo "Error: ACCELERATOR must be either 'gpu' or 'npu'!"
  exit 1
fi

ulimit -n 65536

if [ "$ACCELERATOR" = "NPU" ]; then
  ACCELERATOR_PER_NODE=${7:-16}
  yum install dnsutils -y
  source /usr/local/Ascend/ascend-toolkit/set_env.sh
  source /usr/local/Ascend/nnal/atb/set_env.sh --cxx_abi=1
  git config --global --add safe.directory "$PWD"
  export LD_LIBRARY_PATH=${LD_LIBRARY_PATH}:/usr/local/Ascend/driver/lib64/common:/usr/local/Ascend/driver/lib64/driver
  export CPU_AFFINITY_CONF=0
  export HF_HOME=/workspace
  export HF_DATASETS_OFFLINE=1
  export TRANSFORMERS_OFFLINE=1
  export HF_EVALUATE_OFFLINE=1
  export HF_HUB_OFFLINE=1
  export UVICORN_LOG_LEVEL="CRITICAL"
  export PYTORCH_NPU_ALLOC_CONF="expandable_segments:True"
  export RAY_CGRAPH_get_timeout=3600
else
  ACCELERATOR_PER_NODE=${7:-8}
fi

export PYTHONPATH=$(pwd):$PYTHONPATH

# ray 环境变量
export MASTER_PORT=6000
export WORLD_SIZE=${NODE_COUNT:-"1"}
export RANK=${NODE_RANK:-"0"}
export RAY_MASTER_ADDR=${MASTER_ADDR:-"127.0.0.1"}
export RAY_RANK=${RANK:-0} # 0 代表主节点, >0 代表工作节点
export RAY_HEAD_PORT=${RAY_HEAD_PORT:-"6379"}
export RAY_DASHBOARD_PORT=${RAY_DASHBOARD_PORT:-"8265"}

# xtuner 环境变量
export MODEL_PATH=$MODEL_PATH
export DATA_PATH=$DATA_PATH
export EVAL_DATA_PATH=$EVAL_DATA_PATH
export XTUNER_USE_FA3=${XTUNER_USE_FA3:-1}
export XTUNER_LOG_LEVEL=${XTUNER_LOG_LEVEL:-"INFO"}
export PYTHONUNBUFFERED=1

infer_backend_lower=$(echo "$INFER_BACKEND" | tr '[:upper:]' '[:lower:]')
if [ "$infer_backend_lower" = "sglang" ]; then
  export XTUNER_USE_SGLANG=1
  unset PYTORCH_CUDA_ALLOC_CONF
  export SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1
  export SGLANG_ENABLE_HEALTH_ENDPOINT_GENERATION=False
elif [ "$infer_backend_lower" = "lmdeploy" ]; then
  export XTUNER_USE_LMDEPLOY=1
  export PYTORCH_CUDA_ALLOC_CONF='expandable_segments:True'
  export PYTHONPATH=$LMDEPLOY_PATH:$PYTHONPATH
elif [ "$infer_backend_lower" = "vllm" ]; then
  export XTUNER_USE_VLLM=1
  export PYTORCH_CUDA_ALLOC_CONF='expandable_segments:True'
else
  echo "Error: INFER_BACKEND '$INFER_BACKEND' is not supported or not specified!"
  exit 1
fi 

current_time=$(date "+%m%d%H")
# 取模型路径的最后一级作为model_name，取数据路径的倒数第二级作为data_name
model_dir_name=$(basename "$MODEL_PATH")
data_dir_name=$(basename "$(dirname "$DATA_PATH")")

if [ "x$WORK_DIR" = "x" ]; then
  DIR=$(pwd)
  export WORK_DIR="${DIR}/work_dirs/${model_dir_name}_${data_dir_name}_${infer_backend_lower}"
else
  export WORK_DIR=$WORK_DIR
fi
echo "WORK_DIR: $WORK_DIR"
if [ ! -d "$WORK_DIR" ]; then
  mkdir -p "$WORK_DIR"
fi

export LMDEPLOY_LOG_FILE="${WORK_DIR}/lmdeploy_log_${current_time}.txt"
if [ "$ACCELERATOR" = "GPU" ]; then
    # TODO: support NPU RL Memory Monitor
    export XTUNER_RL_MEM_DIR="${WORK_DIR}/mem_${current_time}"
fi

# 2. Launch Ray cluster
# 根据 NODE_COUNT 分配 num_cpus, 防止内存OOM
node_count=${NODE_COUNT:-1}

WORK_DIR=$(realpath "$WORK_DIR")
if [ "$ACCELERATOR" = "GPU" ]; then
    if [ "$RAY_RANK" -eq 0 ]; then
        rm -rf /tmp/ray_log
        export RAY_LOG_DIR="${WORK_DIR}/ray_${current_time}/"
        mkdir -p ${RAY_LOG_DIR}
        ln -sfn "${RAY_LOG_DIR}" /tmp/ray_log
        ray start --head \
            --node-ip-address="$RAY_MASTER_ADDR" \
            --port="$RAY_HEAD_PORT" \
            --dashboard-host=0.0.0.0 \
            --dashboard-port=$RAY_DASHBOARD_PORT \
            --include-dashboard=true \
            --disable-usage-stats \
            --temp-dir="/tmp/ray_log/"
    else
        while true; do
            if curl --connect-timeout 2 "http://${RAY_MASTER_ADDR}:${RAY_DASHBOARD_PORT}" >/dev/null 2>&1; then
            echo "Successfully connected to Ray master at ${RAY_MASTER_ADDR}:${RAY_DASHBOARD_PORT}"
            break
            else
            echo "Waiting for Ray master at ${RAY_MASTER_ADDR}:${RAY_DASHBOARD_PORT} to be available..."
            sleep 2
            fi
        done
        ray start --address="$RAY_MASTER_ADDR:$RAY_HEAD_PORT" --block --disable-usage-stats
    fi

    while true; do
    result=$(ray status | grep ${ACCELERATOR} | cut -d ' ' -f2 | cut -d '/' -f2)
    expected_accelerator_count=$((node_count * ${ACCELERATOR_PER_NODE}))
    if [ "$result" = "$expected_accelerator_count.0" ]; then
        break
    else
        echo "Waiting for ${ACCELERATOR} count to be $expected_accelerator_count, current: $result"
        sleep 2
    fi
    done

    SCRIPT_NAME=$(basename "$0")
    cp "$0" "${WORK_DIR}/${SCRIPT_NAME}"
    cp "$CONFIG_PATH" "${WORK_DIR}/config.py"
    LOG_FILE="${WORK_DIR}/training_log_${current_time}.txt"

    python xtuner/v1/train/cli/rl.py \
        --config $CONFIG_PATH \
        2>&1 | tee -a "${WORK_DIR}/training_log_${current_time}.txt"
elif [ "$ACCELERATOR" = "NPU" ]; then
    if [ "$RAY_RANK" -eq 0 ]; then
      RAY_memory_monitor_refresh_ms=0 ray start --head \
        --node-ip-address="$RAY_MASTER_ADDR" \
        --port="$RAY_HEAD_PORT" \
        --dashboard-host=0.0.0.0 \
        --dashboard-port=$RAY_DASHBOARD_PORT \
        --include-dashboard=true \
        --disable-usage-stats 
    else
        RAY_RESOLVED_IP=$(nslookup $MASTER_ADDR | awk '/^Address: / { addr=$2 } END { print addr }')
        if [ -z "$RAY_RESOLVED_IP" ]; then
            echo "Warning: nslookup failed, falling back to original MASTER_ADDR"
            RAY_RESOLVED_IP=$MASTER_ADDR
        fi
        echo "Resolved Master IP from $MASTER_ADDR: $RAY_RESOLVED_IP"
        WAIT_TIME=$(awk "BEGIN {print 10 + 1.5 * $RAY_RANK}")
        echo "Rank $RAY_RANK is sleeping for $WAIT_TIME seconds before connecting to Head..."
        sleep $WAIT_TIME
        export RAY_gcs_rpc_server_reconnect_timeout_s=600
        export RAY_gcs_grpc_max_reconnect_attempts=100
        export RAY_rpc_grpc_timeout_ms=30000
        RAY_memory_monitor_refresh_ms=0 ray start --address="$RAY_RESOLVED_IP:$RAY_HEAD_PORT" \
                    --node-ip-address="$(hostname -i)" \
                    --block \
                    --disable-usage-stats
    fi

    sleep 10

    SCRIPT_NAME=$(basename "$0")
    cp "$0" "${WORK_DIR}/${SCRIPT_NAME}"
    cp "$CONFIG_PATH" "${WORK_DIR}/config.py"

    echo OUPUT_DIR is ${WORK_DIR}
    if [ "$RAY_RANK" -eq 0 ]; then
        RUNTIME_ENV_JSON="{
            \"env_vars\": {
                \"XTUNER_LOG_LEVEL\": \"${XTUNER_LOG_LEVEL}\",
                \"PYTHONPATH\": \"${PYTHONPATH}\",
                \"MASTER_ADDR\": \"${RAY_MASTER_ADDR}\",
                \"XTUNER_USE_SGLANG\": \"${XTUNER_USE_SGLANG:-}\",
                \"XTUNER_USE_LMDEPLOY\": \"${XTUNER_USE_LMDEPLOY:-}\",
                \"XTUNER_USE_VLLM\": \"${XTUNER_USE_VLLM:-}\",
                \"PYTORCH_NPU_ALLOC_CONF\": \"${PYTORCH_NPU_ALLOC_CONF:-}\",
                \"CUDA_DEVICE_MAX_CONNECTIONS\": \"1\",
                \"RAY_CGRAPH_get_timeout\": \"3600\"
            }
            }"

        ray job submit --address="http://127.0.0.1:$RAY_DASHBOARD_PORT" \
            --runtime-env-json="$RUNTIME_ENV_JSON" \
            -- python xtuner/v1/train/cli/rl.py \
            --config $CONFIG_PATH \
            2>&1 | tee -a "${WORK_DIR}/training_log.txt"
        echo "训练任务提交完成。日志文件: ${WORK_DIR}/training_log.txt"
    fi
fi
