package app.throughline.database;

/** Present as a bean exactly when the app runs on the embedded database (the demo data keys on it). */
public final class EmbeddedDatabaseMarker {}
