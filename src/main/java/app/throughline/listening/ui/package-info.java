/** The listening log's pages: {@code insights} (record and list) and {@code insights/{id}} (one insight and its links). */
@NullMarked
package app.throughline.listening.ui;

import org.jspecify.annotations.NullMarked;
