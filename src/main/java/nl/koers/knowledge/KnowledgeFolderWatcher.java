package nl.koers.knowledge;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import nl.koers.system.KoersProperties;

/**
 * Watches the knowledge folder and its subfolders. When files change, it waits until the changes have
 * settled for a moment (an editor or a copy writes in several steps) and then asks for one rebuild.
 */
@Component
class KnowledgeFolderWatcher implements SmartLifecycle {

    static final long SETTLE_MILLIS = 400;

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFolderWatcher.class);

    private final KnowledgeIndexer indexer;
    private final Path folder;
    private final boolean enabled;
    private volatile @Nullable WatchService watcher;
    private volatile @Nullable Thread thread;

    KnowledgeFolderWatcher(KnowledgeIndexer indexer, KoersProperties properties, SearchProperties search) {
        this.indexer = indexer;
        this.folder = properties.knowledgeDir();
        this.enabled = search.watchFolder();
    }

    @Override
    public void start() {
        if (!enabled || !Files.isDirectory(folder)) {
            return;
        }
        try {
            WatchService service = folder.getFileSystem().newWatchService();
            registerTree(service, folder.toRealPath()); // a linked-in folder is watched where it is
            watcher = service;
            thread = Thread.ofPlatform().name("knowledge-watcher").daemon().start(() -> watch(service));
        } catch (IOException unavailable) {
            log.warn("Kennismap wordt niet gevolgd ({}); herindexeer handmatig na wijzigingen.",
                    unavailable.getMessage());
        }
    }

    private void watch(WatchService service) {
        try {
            while (true) {
                WatchKey key = service.take();
                handle(service, key);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(service, more);
                }
                indexer.requestRefresh();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchService service, WatchKey key) {
        Path directory = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(directory.resolve(name))) {
                try {
                    registerTree(service, directory.resolve(name));
                } catch (IOException unreadable) {
                    log.warn("Nieuwe map {} wordt niet gevolgd: {}", directory.resolve(name), unreadable.getMessage());
                }
            }
        }
        key.reset();
    }

    private static void registerTree(WatchService service, Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path directory : folders.filter(Files::isDirectory).toList()) {
                directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void stop() {
        WatchService service = watcher;
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing only ends the watch thread
            }
        }
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        watcher = null;
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
