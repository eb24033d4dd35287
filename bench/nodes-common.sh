# Sourced by bench/failover.sh and bench/kiosk-load.sh: the repository root, a JDK 21+, no browser
# download, haproxy, and a line about the machine.
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
command -v /usr/sbin/haproxy >/dev/null || { echo "needs haproxy: apt-get install haproxy"; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), uptime:$(uptime)"
mkdir -p target
