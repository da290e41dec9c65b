#!/bin/sh
# Practice Challenge demo bootstrap, run once ACS is ready (the compose service practice-challenge-bootstrap, or by
# hand: ACS_URL=http://localhost:8080/alfresco GROUPS_FILE=.../alfresco-global.properties sh bootstrap.sh).
#
# Through ACS's public REST API it creates:
#   - every GROUP_ authority named in the module's alfresco-global.properties, and GROUP_PC_RECORDS_MANAGERS;
#   - the site "practice-challenge-demo" with those groups as members;
#   - a sample child case folder (aspect pc:childCase) in the site's document library;
#   - demo users for each role in their groups (password DEMO_PASSWORD, default practice-demo; see the README).
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

# Demo users, one or two per role, all with the password DEMO_PASSWORD (listed in the README's "Run it" section).
# user id|first name|last name|groups (comma-separated)
DEMO_PASSWORD="${DEMO_PASSWORD:-practice-demo}"
DEMO_USERS='sam.social|Sam|Social (Social Care practitioner)|GROUP_PC_SOCIALCARE_PRACTITIONERS
mo.manager|Mo|Manager (Social Care line manager)|GROUP_PC_SOCIALCARE_FIRST_LINE_MANAGERS,GROUP_PC_SOCIALCARE_LINE_MANAGERS
pat.police|Pat|Police (Police officer)|GROUP_PC_POLICE_PRACTITIONERS
lee.sergeant|Lee|Sergeant (Police line manager)|GROUP_PC_POLICE_FIRST_LINE_MANAGERS,GROUP_PC_POLICE_LINE_MANAGERS
cara.chair|Cara|Chair (Conference chair)|GROUP_PC_SAFEGUARDINGUNIT_CONFERENCE_CHAIRS
dee.director|Dee|Director (Director of Social Care)|GROUP_PC_SOCIALCARE_DIRECTOR,GROUP_PC_PARTNERSHIP
rory.records|Rory|Records (Records manager)|GROUP_PC_RECORDS_MANAGERS'

echo "$DEMO_USERS" | while IFS='|' read -r user first last member_of; do
    status=$(call GET "/people/$user")
    if [ "$status" = "200" ]; then
        log "user $user exists"
    else
        status=$(call POST "/people" "{\"id\":\"$user\",\"firstName\":\"$first\",\"lastName\":\"$last\",\"email\":\"$user@example.org\",\"password\":\"$DEMO_PASSWORD\"}")
        case "$status" in
            201) log "user $user created" ;;
            409) log "user $user exists" ;;
            *) fail "creating user $user answered $status: $(cat "$BODY")" ;;
        esac
    fi
    status=$(call GET "/people/$user/groups?maxItems=1000")
    [ "$status" = "200" ] || fail "reading the groups of $user answered $status: $(cat "$BODY")"
    current=$(tr -d ' \n' < "$BODY")
    for group in $(echo "$member_of" | tr ',' ' '); do
        case "$current" in
            *"\"id\":\"$group\""*) continue ;;
        esac
        status=$(call POST "/groups/$group/members" "{\"id\":\"$user\",\"memberType\":\"PERSON\"}")
        case "$status" in
            201) log "$user joined $group" ;;
            *) fail "adding $user to $group answered $status: $(cat "$BODY")" ;;
        esac
    done
done || exit 1

log "done: open Share, site 'Practice Challenge demo', folder 'Demo child case DEMO-0001', and raise a practice challenge"
