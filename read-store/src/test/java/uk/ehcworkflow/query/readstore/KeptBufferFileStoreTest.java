package uk.ehcworkflow.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptBufferFileStoreTest {

    @TempDir
    Path folder;

    @Test
    void a_commit_larger_than_the_pool_takes_leaves_its_buffer_for_the_next() {
        Path path = folder.resolve("kept.mv");
        MVStore file = EmbeddedReadStore.open(path);
        KeptBufferFileStore store = (KeptBufferFileStore) file.getFileStore();
        MVMap<Integer, byte[]> map = file.openMap("large");
        Random random = new Random(1);
        for (int i = 0; i < 6_000; i++) {
            byte[] value = new byte[1_000];
            random.nextBytes(value);
            map.put(i, value);
        }
        file.commit();
        int kept = store.keptCapacity();
        assertThat(kept).isGreaterThan(4 * 1024 * 1024);

        map.put(6_000, new byte[1_000]);
        file.commit();
        assertThat(store.keptCapacity()).as("handed back, not let go").isGreaterThanOrEqualTo(kept);
        file.close();

        MVStore reopened = EmbeddedReadStore.open(path);
        assertThat(reopened.<Integer, byte[]>openMap("large").size()).isEqualTo(6_001);
        reopened.close();
    }

    @Test
    void the_kept_buffer_is_handed_out_whole_and_empty() {
        MVStore file = EmbeddedReadStore.open(folder.resolve("whole.mv"));
        KeptBufferFileStore store = (KeptBufferFileStore) file.getFileStore();
        WriteBuffer large = new WriteBuffer(6 * 1024 * 1024);
        large.put(new byte[5 * 1024 * 1024]).limit(5 * 1024 * 1024 + 10);
        int capacity = large.capacity();
        store.releaseWriteBuffer(large);

        WriteBuffer given = store.getWriteBuffer();
        assertThat(given).isSameAs(large);
        assertThat(given.position()).isZero();
        assertThat(given.limit()).isEqualTo(given.capacity()).isEqualTo(capacity);
        assertThat(store.keptCapacity()).as("lent out, not kept twice").isZero();
        file.close();
    }

    @Test
    void a_buffer_beyond_the_largest_kept_is_let_go() {
        MVStore file = EmbeddedReadStore.open(folder.resolve("let-go.mv"));
        KeptBufferFileStore store = (KeptBufferFileStore) file.getFileStore();
        store.releaseWriteBuffer(new WriteBuffer(KeptBufferFileStore.LARGEST_KEPT + 1));
        assertThat(store.keptCapacity()).isZero();
        store.releaseWriteBuffer(new WriteBuffer(KeptBufferFileStore.LARGEST_KEPT));
        assertThat(store.keptCapacity()).isEqualTo(KeptBufferFileStore.LARGEST_KEPT);
        file.close();
    }
}
