package app.throughline.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A webhook receiver on a free loopback port (the JDK's HTTP server): it keeps every request it
 * gets and answers with the next queued status (200 when none is queued), optionally after a pause.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received: the headers the tests look at and the exact body bytes. */
    record Received(String event, String delivery, String signature, String contentType, byte[] body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private final Semaphore arrived = new Semaphore(0);
    private volatile Duration pause = Duration.ZERO;

    TestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            received.add(new Received(
                    h.getFirst("X-Throughline-Event"),
                    h.getFirst("X-Throughline-Delivery"),
                    h.getFirst("X-Throughline-Signature"),
                    h.getFirst("Content-Type"),
                    body));
            arrived.release();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order; after them, 200. */
    TestReceiver answering(int... codes) {
        for (int code : codes) {
            statuses.add(code);
        }
        return this;
    }

    /** Waits this long before answering every request. */
    TestReceiver pausing(Duration pause) {
        this.pause = pause;
        return this;
    }

    List<Received> received() {
        return received;
    }

    /** Waits until a request has arrived (at most 10 s). */
    boolean awaitRequest() throws InterruptedException {
        return arrived.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
