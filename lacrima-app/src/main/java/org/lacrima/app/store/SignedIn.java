package org.lacrima.app.store;

/** A live server-side sign-in: who it is and the CSRF token every state-changing request must echo. */
public record SignedIn(Clinician clinician, String csrfToken) {
}
