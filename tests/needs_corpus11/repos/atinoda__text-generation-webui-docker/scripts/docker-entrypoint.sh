#!/bin/bash

# Generate default configs if empty
CONFIG_DIRECTORIES=("characters" "grammars" "image_models" "instruction-templates" "loras" "mmproj" "models" "presets" "tools" "training/datasets" "users")
for config_dir in "${CONFIG_DIRECTORIES[@]}"; do
  if [ -z "$(ls /app/user_data/"$config_dir")" ]; then
    echo "*** Initialising config for: '$config_dir' ***"
    cp -ar /src/user_data/"$config_dir"/* /app/user_data/"$config_dir"/
  fi
done
chown -R 1000:1000 /app/user_data  # Not ideal... but convenient.

# Populate extension folders if empty
EXTENSIONS_SRC="/src/extensions"
EXTENSIONS_DEFAULT=($(find "$EXTENSIONS_SRC" -mindepth 1 -maxdepth 1 -type d -exec basename {} \;))
for extension_dir in "${EXTENSIONS_DEFAULT[@]}"; do
  if [ -z "$(ls /app/extensions/"$extension_dir" 2>/dev/null)" ]; then
    echo "*** Initialising extension: '$extension_dir' ***"
    mkdir -p /app/extensions/"$extension_dir"
    cp -ar "$EXTENSIONS_SRC"/"$extension_dir"/* /app/extensions/"$extension_dir"/
  fi
done
chown -R 1000:1000 /app/extensions  # Not ideal... but convenient.

# Runtime extension build
if [[ -n "$BUILD_EXTENSIONS_LIVE" ]]; then
  eval "live_extensions=($BUILD_EXTENSIONS_LIVE)"
  . /scripts/extensions_runtime_rebuild.sh $live_extensions
fi

# Print variant
VARIANT=$(cat /variant.txt)
VERSION_TAG_STR=$(cat /version_tag.txt)
echo "=== Running text-generation-webui variant: '$VARIANT' $VERSION_TAG_STR ===" 

# Print version freshness
cur_dir=$(pwd)
src_dir="/src"
cd $src_dir
git fetch origin >/dev/null 2>&1
if [ $? -ne 0 ]; then
  # An error occurred
  COMMITS_BEHIND="UNKNOWN"
else
  # The command executed successfully
  COMMITS_BEHIND=$(git rev-list HEAD..origin/main --count)
fi
echo "=== (This version is $COMMITS_BEHIND commits behind origin main) ===" 
cd $cur_dir

# Print build date
BUILD_DATE=$(cat /build_date.txt)
echo "=== Image build date: $BUILD_DATE ===" 

# Assemble CMD and extra launch args
eval "extra_launch_args=($EXTRA_LAUNCH_ARGS)"
LAUNCHER=($@ ${extra_launch_args[@]})

# Launch the server with ${CMD[@]} + ${EXTRA_LAUNCH_ARGS[@]}
exec "${LAUNCHER[@]}"
