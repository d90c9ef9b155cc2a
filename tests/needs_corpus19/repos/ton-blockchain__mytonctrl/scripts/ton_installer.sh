#!/bin/bash
set -e

if [ "$(id -u)" != "0" ]; then
	echo "Please run script as root"
	exit 1
fi

repo_git_url="https://github.com/ton-blockchain/ton.git"

while getopts ":c:v:g:s:b:h" flag; do
    case "${flag}" in
        g) repo_git_url=${OPTARG};;
        c) config=${OPTARG};;
        v) ton_node_version=${OPTARG};;
        s) src_dir=${OPTARG};;
        b) bin_dir=${OPTARG};;
        h) show_help_and_exit;;
        *)
            echo "Flag -${flag} is not recognized. Aborting"
            exit 1 ;;
    esac
done

echo "config: ${config}"
echo "checkout to ${ton_node_version}"

COLOR='\033[95m'
ENDC='\033[0m'

# installation directories; can be overridden with -s and -b
if [[ "$OSTYPE" =~ darwin.* ]]; then
	SOURCES_DIR=${src_dir:-/usr/local/src}
	BIN_DIR=${bin_dir:-/usr/local/bin}
else
	SOURCES_DIR=${src_dir:-/usr/src}
	BIN_DIR=${bin_dir:-/usr/bin}
fi
mkdir -p $SOURCES_DIR

echo -e "${COLOR}[1/5]${ENDC} Installing required packages"
if [ "$OSTYPE" == "linux-gnu" ]; then
	if [ hash yum 2>/dev/null ]; then
		echo "RHEL-based Linux detected."
		yum install -y epel-release
		dnf config-manager --set-enabled PowerTools
		yum install -y curl git make cmake clang gflags gflags-devel zlib zlib-devel openssl-devel openssl-libs readline-devel libmicrohttpd python3 python3-pip python36-devel
	elif [ -f /etc/SuSE-release ]; then
		echo "Suse Linux detected."
		echo "This OS is not supported with this script at present. Sorry."
		echo "Please refer to https://github.com/ton-blockchain/mytonctrl for setup information."
		exit 1
	elif [ -f /etc/arch-release ]; then
		echo "Arch Linux detected."
		pacman -Syuy
		pacman -S --noconfirm curl git make cmake clang gflags zlib openssl readline libmicrohttpd python python-pip
	elif [ -f /etc/debian_version ]; then
		echo "Ubuntu/Debian Linux detected."
		apt-get update
		apt-get install -y build-essential curl git cmake libgflags-dev zlib1g-dev libssl-dev libreadline-dev libmicrohttpd-dev pkg-config libgsl-dev python3 python3-dev python3-pip libsecp256k1-dev libsodium-dev liblz4-dev libjemalloc-dev automake libtool

		# Install ninja
		apt-get install -y ninja-build

		# Install for benchmark
		apt install -y fio rocksdb-tools
	else
		echo "Unknown Linux distribution."
		echo "This OS is not supported with this script at present. Sorry."
		echo "Please refer to https://github.com/ton-blockchain/mytonctrl for setup information."
		exit 1
	fi
elif [[ "$OSTYPE" =~ darwin.* ]]; then
	echo "Mac OS (Darwin) detected."
	if [ ! which brew >/dev/null 2>&1 ]; then
		$BIN_DIR/ruby -e "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/master/install)"
	fi

	echo "Please, write down your username, because brew package manager cannot be run under root user:"
	read LOCAL_USERNAME

	su $LOCAL_USERNAME -c "brew update"
	su $LOCAL_USERNAME -c "brew install openssl cmake llvm"
elif [ "$OSTYPE" == "freebsd"* ]; then
	echo "FreeBSD detected."
	echo "This OS is not supported with this script at present. Sorry."
	echo "Please refer to https://github.com/paritytech/substrate for setup information."  # TODO: remove links
	exit 1
else
	echo "Unknown operating system."
	echo "This OS is not supported with this script at present. Sorry."
	echo "Please refer to https://github.com/paritytech/substrate for setup information."  # TODO: remove links
	exit 1
fi


echo -e "${COLOR}[2/5]${ENDC} Preparing for compilation"
cd $SOURCES_DIR
rm -rf $SOURCES_DIR/ton
git clone --recursive $repo_git_url $SOURCES_DIR/ton

echo "checkout to ${ton_node_version}"

if [ "${ton_node_version}" != "master" ]; then
  cd $SOURCES_DIR/ton
  git checkout ${ton_node_version}
  cd ../
fi

cd $SOURCES_DIR/ton
git submodule sync --recursive
git submodule update
cd ../

git config --global --add safe.directory $SOURCES_DIR/ton

rm -rf $BIN_DIR/ton
mkdir -p $BIN_DIR/ton
cd $BIN_DIR/ton

if [[ "$OSTYPE" =~ darwin.* ]]; then
	export CMAKE_C_COMPILER=$(which clang)
	export CMAKE_CXX_COMPILER=$(which clang++)
	export CCACHE_DISABLE=1
else
	export CC=$(which clang)
	export CXX=$(which clang++)
	export CCACHE_DISABLE=1
fi

if [[ "$OSTYPE" =~ darwin.* ]]; then
	if [[ $(uname -p) == 'arm' ]]; then
		echo M1
		CC="clang -mcpu=apple-a14" CXX="clang++ -mcpu=apple-a14" cmake $SOURCES_DIR/ton -DCMAKE_BUILD_TYPE=Release -DTON_ARCH= -Wno-dev
	else
		cmake -DCMAKE_BUILD_TYPE=Release $SOURCES_DIR/ton
	fi
else
	cmake -DCMAKE_BUILD_TYPE=Release $SOURCES_DIR/ton -GNinja -DTON_USE_JEMALLOC=ON
fi

if [[ "$OSTYPE" =~ darwin.* ]]; then
	cpu_number=$(sysctl -n hw.logicalcpu)
else
	memory=$(cat /proc/meminfo | grep MemAvailable | awk '{print $2}')
	cpu_number=$(($memory/2100000))
	max_cpu_number=$(nproc)
	if [ ${cpu_number} -gt ${max_cpu_number} ]; then
		cpu_number=$((${max_cpu_number}-1))
	fi
	if [ ${cpu_number} == 0 ]; then
		echo "Warning! insufficient RAM"
		cpu_number=1
	fi
fi

echo -e "${COLOR}[3/5]${ENDC} Source compilation, use ${cpu_number} cpus"
ninja -j ${cpu_number} fift validator-engine lite-client validator-engine-console generate-random-id dht-server func tonlibjson rldp-http-proxy create-state

echo -e "${COLOR}[4/5]${ENDC} Downloading config files"
wget ${config} -O global.config.json

echo -e "${COLOR}[5/5]${ENDC} TON software installation complete"
exit 0
