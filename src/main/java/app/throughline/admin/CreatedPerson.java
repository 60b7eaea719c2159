package app.throughline.admin;

/**
 * A person just created, with the password they sign in with the first time. The password is
 * shown to the admin once and never stored in the clear: only its hash is kept.
 */
public record CreatedPerson(PersonEntry person, String password) {

    @Override
    public String toString() {
        return "CreatedPerson[" + person + "]"; // never the password, not even in a log line
    }
}
