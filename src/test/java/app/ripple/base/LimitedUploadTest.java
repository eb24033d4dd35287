package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class LimitedUploadTest {

    /** An endless upload that counts what was read from it. */
    public static final class EndlessStream extends InputStream {
        public long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsKeptAndOneByteMoreIsNot() throws Exception {
        assertThat(LimitedUpload.read(new ByteArrayInputStream(new byte[1000]), 1000)).hasValueSatisfying(b -> assertThat(b).hasSize(1000));
        assertThat(LimitedUpload.read(new ByteArrayInputStream(new byte[1001]), 1000)).isEmpty();
        assertThat(LimitedUpload.read(new ByteArrayInputStream(new byte[0]), 1000)).hasValueSatisfying(b -> assertThat(b).isEmpty());
    }

    @Test
    void anUploadThatIgnoresTheBrowsersLimitIsCutOffAtTheLimitAndRejected() throws Exception {
        EndlessStream endless = new EndlessStream();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("users.csv");
        when(event.getFileSize()).thenReturn(-1L); // a client that does not say how big the file is
        when(event.getInputStream()).thenReturn(endless);
        List<String> kept = new ArrayList<>();
        List<String> refused = new ArrayList<>();

        new LimitedUpload(1024 * 1024, (name, bytes) -> kept.add(name), refused::add).handleUploadRequest(event);

        assertThat(kept).isEmpty();
        assertThat(refused).containsExactly("users.csv");
        assertThat(endless.read).as("bytes read before giving up").isEqualTo(1024 * 1024 + 1);
        verify(event).reject(anyString());
    }

    @Test
    void aFileThatSaysItIsTooLargeIsNotReadAtAll() throws Exception {
        EndlessStream endless = new EndlessStream();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("big.zip");
        when(event.getFileSize()).thenReturn(50L * 1024 * 1024);
        when(event.getInputStream()).thenReturn(endless);
        List<String> refused = new ArrayList<>();

        new LimitedUpload(1024, (name, bytes) -> { }, refused::add).handleUploadRequest(event);

        assertThat(refused).containsExactly("big.zip");
        assertThat(endless.read).isZero();
        verify(event, never()).getInputStream();
    }
}
