#!/bin/sh
# Practice Challenge local stack, with the Alfresco SDK 4.x verbs:
#
#   ./run.sh build_start [governance]   build everything, (re)start the stack, follow the logs
#   ./run.sh start [governance]         start the stack as last built, follow the logs
#   ./run.sh stop                       stop the stack (data kept in Docker volumes)
#   ./run.sh purge                      stop the stack and delete its volumes (database, content, index)
#   ./run.sh tail                       follow the logs
#   ./run.sh reload_acs                 rebuild repo-module and the ACS image, restart ACS only
#   ./run.sh reload_share               rebuild share-module and the Share image, restart Share only
#   ./run.sh build_test                 build, start, wait for ACS, run the integration tests, stop
#   ./run.sh test                       run the integration tests against the stack already running
#
# "governance" uses the Alfresco Governance Services community images (records management).
# Share: http://localhost:8180/share   Repository: http://localhost:8080/alfresco   (admin / admin)
# Needs Docker with the compose plugin, a JDK 17+ and Maven.

cd "$(dirname "$0")" || exit 1

STACK=practice-challenge
DOCKER_DIR="$PWD/platform-docker/target/docker"
COMPOSE_FILE_PATH="$DOCKER_DIR/docker-compose.yml"
GOVERNANCE_FILE_PATH="$DOCKER_DIR/docker-compose.governance.yml"
ACS_URL="${ACS_URL:-http://localhost:8080/alfresco}"
VERB="${1:-}"
VARIANT="${2:-}"

usage() {
    echo "Usage: $0 {build_start|start|stop|purge|tail|reload_acs|reload_share|build_test|test} [governance]"
}

require_docker() {
    if ! command -v docker >/dev/null 2>&1; then
        echo "run.sh: Docker is not installed (no 'docker' command). Install Docker with the compose plugin to run" >&2
        echo "        the local stack; 'mvn verify' builds and tests everything without it." >&2
        exit 1
    fi
    if ! docker info >/dev/null 2>&1; then
        echo "run.sh: Docker is not running or not reachable ('docker info' failed). Start the Docker engine (or" >&2
        echo "        check that your user may use it), then run '$0 $VERB' again." >&2
        exit 1
    fi
    if docker compose version >/dev/null 2>&1; then
        COMPOSE="docker compose"
    elif command -v docker-compose >/dev/null 2>&1; then
        COMPOSE="docker-compose"
    else
        echo "run.sh: Docker Compose is missing: install the compose plugin ('docker compose')." >&2
        exit 1
    fi
}

compose() {
    if [ ! -f "$COMPOSE_FILE_PATH" ]; then
        echo "run.sh: $COMPOSE_FILE_PATH does not exist yet: run '$0 build_start' first." >&2
        exit 1
    fi
    if [ "$VARIANT" = "governance" ]; then
        $COMPOSE -f "$COMPOSE_FILE_PATH" -f "$GOVERNANCE_FILE_PATH" "$@"
    else
        $COMPOSE -f "$COMPOSE_FILE_PATH" "$@"
    fi
}

build() {
    mvn clean package -DskipTests || exit 1
}

start() {
    docker volume create "$STACK-acs-volume" >/dev/null
    docker volume create "$STACK-db-volume" >/dev/null
    docker volume create "$STACK-ass-volume" >/dev/null
    compose up --build -d || exit 1
}

down() {
    if [ -f "$COMPOSE_FILE_PATH" ]; then
        compose down
    fi
}

purge() {
    docker volume rm -f "$STACK-acs-volume" "$STACK-db-volume" "$STACK-ass-volume"
}

tail_logs() {
    compose logs -f
}

reload_acs() {
    compose kill "$STACK-acs"
    compose rm -f "$STACK-acs"
    mvn clean package -DskipTests -pl repo-module,platform-docker -am || exit 1
    compose up --build -d "$STACK-acs" || exit 1
}

reload_share() {
    compose kill "$STACK-share"
    compose rm -f "$STACK-share"
    mvn clean package -DskipTests -pl share-module,platform-docker -am || exit 1
    compose up --build -d "$STACK-share" || exit 1
}

# Waits for ACS and for the demo bootstrap, so tests start on a ready repository.
wait_for_acs() {
    echo "run.sh: waiting for $ACS_URL (up to 15 minutes)"
    waited=0
    until curl -fs -o /dev/null "$ACS_URL/api/-default-/public/alfresco/versions/1/probes/-ready-"; do
        if [ "$waited" -ge 900 ]; then
            echo "run.sh: ACS did not become ready; see '$0 tail'." >&2
            return 1
        fi
        sleep 10
        waited=$((waited + 10))
    done
    until curl -fs -o /dev/null -u admin:admin \
            "$ACS_URL/api/-default-/public/alfresco/versions/1/sites/practice-challenge-demo"; do
        if [ "$waited" -ge 1200 ]; then
            echo "run.sh: the demo bootstrap did not finish; see '$0 tail'." >&2
            return 1
        fi
        sleep 5
        waited=$((waited + 5))
    done
}

# -Dacs.required=true: here a missing ACS is a failure, not a reason to skip.
run_tests() {
    mvn verify -pl integration-tests -Dacs.url="$ACS_URL" -Dacs.required=true
}

case "$VERB" in
    build_start)
        require_docker
        down
        build
        start
        tail_logs
        ;;
    start)
        require_docker
        start
        tail_logs
        ;;
    stop)
        require_docker
        down
        ;;
    purge)
        require_docker
        down
        purge
        ;;
    tail)
        require_docker
        tail_logs
        ;;
    reload_acs)
        require_docker
        reload_acs
        tail_logs
        ;;
    reload_share)
        require_docker
        reload_share
        tail_logs
        ;;
    build_test)
        require_docker
        down
        build
        start
        status=0
        wait_for_acs && run_tests || status=1
        compose logs --tail=all > platform-docker/target/stack.log 2>&1
        echo "run.sh: stack logs saved in platform-docker/target/stack.log"
        down
        exit $status
        ;;
    test)
        run_tests
        ;;
    *)
        usage
        exit 1
        ;;
esac
