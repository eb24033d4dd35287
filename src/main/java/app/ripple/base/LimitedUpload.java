package app.ripple.base;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An upload kept in memory, with its size limit enforced on the server while reading: the browser's
 * limit ({@code Upload.setMaxFileSize}) is only a courtesy that any HTTP client can ignore. Reading
 * stops at the first byte past the limit, the file is rejected, nothing of it is kept, and the view
 * hears {@code tooLarge} so it can refuse the whole upload with its translated message.
 * <p>
 * Runs on the upload request without the UI lock, like Vaadin's in-memory handler: the callbacks
 * must only store what they get (e.g. in a concurrent map) for the UI to pick up when the upload has finished.
 */
public final class LimitedUpload implements UploadHandler {

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> tooLarge;

    public LimitedUpload(long maxBytes, BiConsumer<String, byte[]> received, Consumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName() == null ? "" : event.getFileName();
        Optional<byte[]> content = event.getFileSize() > maxBytes ? Optional.empty() : read(event.getInputStream(), maxBytes);
        if (content.isEmpty()) {
            tooLarge.accept(name);
            event.reject("file larger than " + maxBytes + " bytes");
            return;
        }
        received.accept(name, content.get());
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** The stream's bytes, or empty as soon as it holds more than {@code maxBytes} (the rest is never read). */
    public static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buffer.length, maxBytes + 1 - total);
            int n = in.read(buffer, 0, want);
            if (n < 0) {
                return Optional.of(out.toByteArray());
            }
            total += n;
            if (total > maxBytes) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
    }
}
