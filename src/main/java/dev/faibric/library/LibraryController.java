package dev.faibric.library;

import dev.faibric.account.CurrentAccount;
import dev.faibric.web.InputText;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The seed's Code Repository API: semantic search, and the templates and components with
 * filters and paging.
 */
@RestController
class LibraryController {

    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 1000;

    private final LibrarySearch library;

    private final LibraryListing listing;

    private final CurrentAccount account;

    private final LibraryRows rows;

    LibraryController(LibrarySearch library, LibraryListing listing, CurrentAccount account, LibraryRows rows) {
        this.library = library;
        this.listing = listing;
        this.account = account;
        this.rows = rows;
    }

    record SearchResponse(String query, List<SearchHit> results) {
    }

    @GetMapping({ "/api/repository/search", "/api/repository/search/" })
    SearchResponse search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "10") int limit) {
        String query = q.strip();
        if (query.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Say what to search for: ?q=pricing table");
        }
        String unfit = InputText.problem(query);
        if (unfit != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The query " + unfit);
        }
        if (query.length() > MAX_QUERY) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The query has " + query.length() + " characters; the limit is " + MAX_QUERY + ".");
        }
        return new SearchResponse(query, library.search(query, kind(kind), blankToNull(category), limit(limit),
                LibrarySearch.Reader.of(account.get())));
    }

    @GetMapping({ "/api/repository/templates", "/api/repository/templates/" })
    LibraryListing.Page templates(@RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return page(LibraryKind.TEMPLATE, category, q, page, size);
    }

    @GetMapping({ "/api/repository/components", "/api/repository/components/" })
    LibraryListing.Page components(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return page(LibraryKind.COMPONENT, null, q, page, size);
    }

    /**
     * Publishes a component for everyone: imports and learned components are private to
     * their author until an admin does this.
     */
    @PostMapping({ "/api/repository/components/{slug}/publish", "/api/repository/components/{slug}/publish/" })
    Map<String, Object> publish(@PathVariable String slug) {
        if (!account.get().isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin publishes library entries.");
        }
        if (!rows.publishComponent(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No component " + slug + " in the library.");
        }
        library.reload();
        return Map.of("slug", slug, "published", true);
    }

    private LibraryListing.Page page(LibraryKind kind, @Nullable String category, @Nullable String q, int page,
            int size) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page starts at 0");
        }
        return listing.page(kind, blankToNull(category), blankToNull(q), page, limit(size),
                LibrarySearch.Reader.of(account.get()));
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit and size must be 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static @Nullable LibraryKind kind(@Nullable String kind) {
        if (blankToNull(kind) == null) {
            return null;
        }
        try {
            return LibraryKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "kind must be template, component, theme or schema");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
