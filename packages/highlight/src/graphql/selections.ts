/**
 * The private-graph `Session` fields the client selects for lists: everything Highlight's dashboard selects for its
 * session list (`GetSessions`), plus the fields the seed model needs (`environment`, `app_version`, `user_object`,
 * versions, privacy settings, `excluded_reason`).
 */
export const SESSION_FIELDS = `
    id
    secure_id
    client_id
    fingerprint
    os_name
    os_version
    browser_name
    browser_version
    ip
    city
    state
    country
    postal
    environment
    service_name
    app_version
    client_version
    firstload_version
    language
    identifier
    identified
    email
    created_at
    payload_updated_at
    last_user_interaction_time
    length
    active_length
    user_object
    user_properties
    fields {
      id
      name
      value
      type
    }
    viewed
    starred
    processed
    excluded
    excluded_reason
    has_rage_clicks
    has_errors
    first_time
    enable_strict_privacy
    privacy_setting
    enable_recording_network_contents
    within_billing_quota
    is_public
    event_counts`;

/** The extra `Session` fields the client selects for one session (as the dashboard's `GetSession`). */
export const SESSION_DETAIL_FIELDS = `${SESSION_FIELDS}
    client_config
    field_group
    object_storage_enabled
    payload_size
    chunked
    deviceMemory
    direct_download_url
    resources_url
    web_socket_events_url
    timeline_indicators_url`;
