// What the server requires of a password (it checks again): the forms say it before sending.

/** The shortest password the server accepts. */
export const MIN_PASSWORD = 10;
