package vn.dangbo.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list that was paged in SQL, with the total count of the whole list. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public long firstIndex() {
        return (long) page * size + 1;
    }

    public long lastIndex() {
        return Math.min(total, (long) (page + 1) * size);
    }

    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, total);
    }
}
