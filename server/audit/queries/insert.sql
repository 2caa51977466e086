-- Appends one event to the audit trail.
INSERT INTO audit_log (user_id, username, role, action, target, outcome, ip, details)
VALUES ($uid, $uname, $role, $action, $target, $outcome, $ip, $details::JSON)
