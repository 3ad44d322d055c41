package vn.dangbo.config.demo;

import java.util.Map;

/** Ids of the demo organizations by name, for the modules that add their own demo data. */
public record DemoWards(long provinceId, long myThoiId, long huongAnId, long phuong1Id, Map<String, Long> cells) {

    public long cell(String name) {
        Long id = cells.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no demo cell " + name);
        }
        return id;
    }
}
