package app.throughline.spreadsheet;

/** Hears how far an import is: checking takes the first half, writing the second. */
@FunctionalInterface
public interface ImportProgress {

    /** @param done between 0 and 1 */
    void at(double done);

    ImportProgress NONE = done -> {};
}
