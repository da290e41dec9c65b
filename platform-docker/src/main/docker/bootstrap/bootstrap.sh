#!/bin/sh
# Practice Challenge demo bootstrap, run once ACS is ready (the compose service practice-challenge-bootstrap, or by
# hand: ACS_URL=http://localhost:8080/alfresco GROUPS_FILE=.../alfresco-global.properties sh bootstrap.sh).
#
# Through ACS's public REST API it creates:
#   - every GROUP_ authority named in the module's alfresco-global.properties, and GROUP_PC_RECORDS_MANAGERS;
#   - the site "practice-challenge-demo" with those groups as members;
#   - a sample child case folder (aspect pc:childCase) in the site's document library.
# Anything that already exists is left as it is, so running it again is harmless. The module JAR itself carries no
# demo data: this script belongs to the local stack only.
set -u

ACS_URL="${ACS_URL:-http://localhost:8080/alfresco}"
ACS_USER="${ACS_USER:-admin}"
ACS_PASSWORD="${ACS_PASSWORD:-admin}"
GROUPS_FILE="${GROUPS_FILE:-/bootstrap/alfresco-global.properties}"
SITE_ID="${SITE_ID:-practice-challenge-demo}"
API="$ACS_URL/api/-default-/public/alfresco/versions/1"
WAIT_SECONDS="${WAIT_SECONDS:-600}"
BODY=/tmp/pc-bootstrap-body.json

log() { echo "bootstrap: $*"; }
fail() { echo "bootstrap: FAILED: $*" >&2; exit 1; }

# call METHOD PATH [JSON] -> prints the HTTP status; the response body is left in $BODY
call() {
    if [ $# -ge 3 ]; then
        curl -s -o "$BODY" -w '%{http_code}' -u "$ACS_USER:$ACS_PASSWORD" -X "$1" \
             -H 'Content-Type: application/json' --data "$3" "$API$2"
    else
        curl -s -o "$BODY" -w '%{http_code}' -u "$ACS_USER:$ACS_PASSWORD" -X "$1" "$API$2"
    fi
}

# "GROUP_PC_POLICE_SAFEGUARDING_LEADS" -> "PC Police Safeguarding Leads"
display_name() {
    echo "$1" | sed 's/^GROUP_//' | tr '_' '\n' | awk '
        $0 == "PC" { printf "%sPC", sep; sep = " "; next }
        { printf "%s%s%s", sep, toupper(substr($0, 1, 1)), tolower(substr($0, 2)); sep = " " }
        END { print "" }'
}

log "waiting for $ACS_URL (up to ${WAIT_SECONDS}s)"
waited=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$API/probes/-ready-")" = "200" ]; do
    [ "$waited" -ge "$WAIT_SECONDS" ] && fail "ACS did not become ready at $ACS_URL"
    sleep 5
    waited=$((waited + 5))
done

[ -r "$GROUPS_FILE" ] || fail "cannot read $GROUPS_FILE"
GROUPS=$( (grep -v '^[[:space:]]*#' "$GROUPS_FILE" | grep -o 'GROUP_[A-Z0-9_]*'; echo GROUP_PC_RECORDS_MANAGERS) | sort -u)

for group in $GROUPS; do
    status=$(call GET "/groups/$group")
    if [ "$status" = "200" ]; then
        log "group $group exists"
        continue
    fi
    short=${group#GROUP_}
    name=$(display_name "$group")
    status=$(call POST "/groups" "{\"id\":\"$short\",\"displayName\":\"$name\"}")
    case "$status" in
        201) log "group $group created ($name)" ;;
        409) log "group $group exists" ;;
        *) fail "creating $group answered $status: $(cat "$BODY")" ;;
    esac
done

status=$(call GET "/sites/$SITE_ID")
if [ "$status" != "200" ]; then
    status=$(call POST "/sites" "{\"id\":\"$SITE_ID\",\"title\":\"Practice Challenge demo\",\"description\":\"Sample child case folders for trying Practice Challenge\",\"visibility\":\"PRIVATE\"}")
    case "$status" in
        201) log "site $SITE_ID created" ;;
        409) log "site $SITE_ID exists" ;;
        *) fail "creating site $SITE_ID answered $status: $(cat "$BODY")" ;;
    esac
else
    log "site $SITE_ID exists"
fi

for group in $GROUPS; do
    role=SiteCollaborator
    [ "$group" = "GROUP_PC_RECORDS_MANAGERS" ] && role=SiteConsumer
    status=$(call POST "/sites/$SITE_ID/group-members" "{\"id\":\"$group\",\"role\":\"$role\"}")
    case "$status" in
        201) log "$group joined $SITE_ID as $role" ;;
        409) ;;
        *) log "could not add $group to $SITE_ID ($status); add it in Share's site members page" ;;
    esac
done

status=$(call GET "/sites/$SITE_ID/containers/documentLibrary")
[ "$status" = "200" ] || fail "no document library in $SITE_ID ($status)"
library=$(tr -d '\n' < "$BODY" | sed 's/.*"id"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/')

folder='{"name":"Demo child case DEMO-0001","nodeType":"cm:folder","aspectNames":["pc:childCase"],'
folder="$folder"'"properties":{"cm:title":"Demo child case (sample data)","pc:childIdentifier":"DEMO-0001",'
folder="$folder"'"pc:childName":"Sample Child","pc:childDateOfBirth":"2016-04-01","pc:caseCategory":"childProtection"}}'
status=$(call POST "/nodes/$library/children?autoRename=false" "$folder")
case "$status" in
    201) log "sample case folder created in $SITE_ID" ;;
    409) log "sample case folder exists" ;;
    *) fail "creating the sample case folder answered $status: $(cat "$BODY")" ;;
esac

log "done: open Share, site 'Practice Challenge demo', folder 'Demo child case DEMO-0001', and raise a practice challenge"
