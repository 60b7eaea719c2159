package app.throughline.spreadsheet;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs imports off the request thread, as the person who started them: the executor carries the
 * caller's security context over, so {@link ImportService}'s role check and the rows' authorship
 * hold on the import's thread. Two at a time; more wait their turn.
 */
@Component
public class ImportJobs implements DisposableBean {

    private final ExecutorService threads = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("csv-import-", 0).daemon(true).factory());
    private final ImportService imports;

    ImportJobs(ImportService imports) {
        this.imports = imports;
    }

    /**
     * Starts importing {@code file} as the person of {@code context} (taken on a request of theirs);
     * the report arrives on the import's thread.
     */
    public CompletableFuture<ImportReport> start(Path file, ImportProgress progress, SecurityContext context) {
        return CompletableFuture.supplyAsync(
                () -> imports.importCsv(file, progress), new DelegatingSecurityContextExecutor(threads, context));
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
