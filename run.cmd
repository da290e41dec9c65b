@ECHO OFF
REM Practice Challenge local stack on Windows, with the Alfresco SDK 4.x verbs (same as run.sh):
REM   run.cmd build_start [governance] | start [governance] | stop | purge | tail | reload_acs | reload_share
REM           | build_test | test
REM Share: http://localhost:8180/share   Repository: http://localhost:8080/alfresco   (admin / admin)
REM Needs Docker Desktop (with compose), a JDK 17+ and Maven. "governance" uses the Governance Services images.

SETLOCAL
CD /D "%~dp0"

SET STACK=practice-challenge
SET DOCKER_DIR=%CD%\platform-docker\target\docker
SET COMPOSE_FILE_PATH=%DOCKER_DIR%\docker-compose.yml
SET GOVERNANCE_FILE_PATH=%DOCKER_DIR%\docker-compose.governance.yml
IF "%ACS_URL%"=="" SET ACS_URL=http://localhost:8080/alfresco
SET VERB=%~1
SET VARIANT=%~2
SET COMPOSE_FILES=-f "%COMPOSE_FILE_PATH%"
IF /I "%VARIANT%"=="governance" SET COMPOSE_FILES=-f "%COMPOSE_FILE_PATH%" -f "%GOVERNANCE_FILE_PATH%"

IF /I "%VERB%"=="test" GOTO test
IF /I "%VERB%"=="build_start" GOTO check_docker
IF /I "%VERB%"=="start" GOTO check_docker
IF /I "%VERB%"=="stop" GOTO check_docker
IF /I "%VERB%"=="purge" GOTO check_docker
IF /I "%VERB%"=="tail" GOTO check_docker
IF /I "%VERB%"=="reload_acs" GOTO check_docker
IF /I "%VERB%"=="reload_share" GOTO check_docker
IF /I "%VERB%"=="build_test" GOTO check_docker
ECHO Usage: %~nx0 {build_start^|start^|stop^|purge^|tail^|reload_acs^|reload_share^|build_test^|test} [governance]
EXIT /B 1

:check_docker
WHERE docker >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.cmd: Docker is not installed ^(no 'docker' command^). Install Docker Desktop to run the local stack;
    ECHO          'mvn verify' builds and tests everything without it.
    EXIT /B 1
)
docker info >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.cmd: Docker is not running or not reachable ^('docker info' failed^). Start Docker Desktop, then run
    ECHO          '%~nx0 %VERB%' again.
    EXIT /B 1
)
docker compose version >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.cmd: Docker Compose is missing: update Docker Desktop so that 'docker compose' works.
    EXIT /B 1
)
GOTO %VERB%

:build_start
CALL :down
CALL :build || EXIT /B 1
CALL :start_stack || EXIT /B 1
GOTO tail

:start
CALL :start_stack || EXIT /B 1
GOTO tail

:stop
CALL :down
EXIT /B 0

:purge
CALL :down
docker volume rm -f %STACK%-acs-volume %STACK%-db-volume %STACK%-ass-volume
EXIT /B 0

:tail
CALL :require_compose_file || EXIT /B 1
docker compose %COMPOSE_FILES% logs -f
EXIT /B 0

:reload_acs
CALL :require_compose_file || EXIT /B 1
docker compose %COMPOSE_FILES% kill %STACK%-acs
docker compose %COMPOSE_FILES% rm -f %STACK%-acs
CALL mvn clean package -DskipTests -pl repo-module,platform-docker -am || EXIT /B 1
docker compose %COMPOSE_FILES% up --build -d %STACK%-acs || EXIT /B 1
GOTO tail

:reload_share
CALL :require_compose_file || EXIT /B 1
docker compose %COMPOSE_FILES% kill %STACK%-share
docker compose %COMPOSE_FILES% rm -f %STACK%-share
CALL mvn clean package -DskipTests -pl share-module,platform-docker -am || EXIT /B 1
docker compose %COMPOSE_FILES% up --build -d %STACK%-share || EXIT /B 1
GOTO tail

:build_test
CALL :down
CALL :build || EXIT /B 1
CALL :start_stack || EXIT /B 1
SET STATUS=0
CALL :wait_for_acs
IF ERRORLEVEL 1 (SET STATUS=1) ELSE (CALL :run_tests || SET STATUS=1)
docker compose %COMPOSE_FILES% logs --tail=all > platform-docker\target\stack.log 2>&1
ECHO run.cmd: stack logs saved in platform-docker\target\stack.log
CALL :down
EXIT /B %STATUS%

:test
CALL :run_tests
EXIT /B %ERRORLEVEL%

REM ---------------------------------------------------------------------------------------------------------------

:build
CALL mvn clean package -DskipTests
EXIT /B %ERRORLEVEL%

:start_stack
CALL :require_compose_file || EXIT /B 1
docker volume create %STACK%-acs-volume >NUL
docker volume create %STACK%-db-volume >NUL
docker volume create %STACK%-ass-volume >NUL
docker compose %COMPOSE_FILES% up --build -d
EXIT /B %ERRORLEVEL%

:down
IF EXIST "%COMPOSE_FILE_PATH%" docker compose %COMPOSE_FILES% down
EXIT /B 0

:require_compose_file
IF NOT EXIST "%COMPOSE_FILE_PATH%" (
    ECHO run.cmd: %COMPOSE_FILE_PATH% does not exist yet: run '%~nx0 build_start' first.
    EXIT /B 1
)
EXIT /B 0

:wait_for_acs
REM Up to 15 minutes for ACS, then up to 5 more for the demo bootstrap (curl ships with Windows 10 and later).
ECHO run.cmd: waiting for %ACS_URL%
FOR /L %%i IN (1,1,90) DO (
    curl -fs -o NUL "%ACS_URL%/api/-default-/public/alfresco/versions/1/probes/-ready-" && GOTO wait_for_bootstrap
    timeout /t 10 /nobreak >NUL
)
ECHO run.cmd: ACS did not become ready; see '%~nx0 tail'.
EXIT /B 1
:wait_for_bootstrap
FOR /L %%i IN (1,1,60) DO (
    curl -fs -o NUL -u admin:admin "%ACS_URL%/api/-default-/public/alfresco/versions/1/sites/practice-challenge-demo" && EXIT /B 0
    timeout /t 5 /nobreak >NUL
)
ECHO run.cmd: the demo bootstrap did not finish; see '%~nx0 tail'.
EXIT /B 1

:run_tests
REM -Dacs.required=true: here a missing ACS is a failure, not a reason to skip.
CALL mvn verify -pl integration-tests -Dacs.url=%ACS_URL% -Dacs.required=true
EXIT /B %ERRORLEVEL%
