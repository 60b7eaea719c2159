package app.throughline.api;

import app.throughline.common.ConcurrentEditException;

/** A write with a version that is no longer the row's: answered 409 with the current version. */
final class StaleVersionException extends ConcurrentEditException {

    private final int currentVersion;

    StaleVersionException(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    int currentVersion() {
        return currentVersion;
    }
}
