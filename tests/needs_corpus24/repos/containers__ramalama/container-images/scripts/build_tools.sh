#!/bin/bash

install_pkgs() {
    local pkgs=("git-core" "libglvnd-glx" "rust" "cargo")
    # Keep the python versions below in sync with the versions used for dependency resolution
    # in container-images/common/Makefile
    local default_python="python3.14"

    if [[ "$backend" = cu* ]]; then
        pkgs+=("libcudnn9-devel-cuda-12" "libcusparselt0" "cuda-cupti-12-*")
    elif [[ "$backend" = rocm* ]]; then
        pkgs+=("uv" "rocm-core" "hipblas" "rocblas" "rocm-hip")
    elif [ "$backend" = "xpu" ]; then
        pkgs+=("uv" "oneapi-level-zero" "intel-level-zero")
    elif [ "$backend" = "cpu" ]; then
        pkgs+=("uv")
    else
        echo "Unsupported torch backend: $backend"
        exit 1
    fi
    pkgs+=("$default_python" "${default_python}-devel")

    dnf -y --nodocs --setopt=install_weak_deps=false install "${pkgs[@]}"
    dnf -y clean all

    if [[ "$backend" = cu* ]]; then
        curl -LsSf https://astral.sh/uv/install.sh | sh
        # shellcheck disable=SC1091
        source /root/.local/bin/env
    fi
    uv venv --python "/usr/bin/$default_python" "$VIRTUAL_ENV"
}

install_requirements() {
    local script_dir
    script_dir="$(dirname "$0")"
    local install_opts=(--torch-backend "$backend" --no-sources-package torch)
    if [ -f "$script_dir/../common/requirements-tools-$backend-$(uname -m).txt" ]; then
        uv pip install "${install_opts[@]}" -r "$script_dir/../common/requirements-tools-$backend-$(uname -m).txt"
    else
        uv pip install "${install_opts[@]}" -r "$script_dir/../common/requirements-tools-$backend.txt"
    fi
}

main() {
    set -exu -o pipefail
    local backend="${1-cpu}"

    install_pkgs
    install_requirements
    ldconfig
}

main "$@"
