package org.portverify.domain.model;

/**
 * The parts of a source category an inventory may report separately. Each belongs to one category; the rows of a
 * category add up to its total, a row without sub-category being the part not reported separately. The list follows
 * the Cooperative Agreement's categories (CHE by terminal type, local switcher locomotives) and the inventories'
 * known splits (dredging boats in harbor craft); a new one is a change of the data contract.
 */
public enum SubCategory implements Coded {
    CONTAINER_TERMINAL("CONTAINER_TERMINAL", SourceCategory.CHE),
    NON_CONTAINER_TERMINAL("NON_CONTAINER_TERMINAL", SourceCategory.CHE),
    DREDGING("DREDGING", SourceCategory.HARBOR_CRAFT),
    SWITCHER("SWITCHER", SourceCategory.LOCOMOTIVE);

    private final String code;
    private final SourceCategory category;

    SubCategory(String code, SourceCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    /** The source category this is a part of. */
    public SourceCategory category() {
        return category;
    }
}
