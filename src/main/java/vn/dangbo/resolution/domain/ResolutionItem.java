package vn.dangbo.resolution.domain;

import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.ResolutionItemKind;

public record ResolutionItem(long id, long resolutionId, ResolutionItemKind kind, Area area, int position, String text) {}
