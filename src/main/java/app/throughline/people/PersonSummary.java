package app.throughline.people;

/** A person as pickers and lists show them. */
public record PersonSummary(long id, String displayName, Long departmentId, String departmentName) {

    @Override
    public String toString() {
        return displayName;
    }
}
