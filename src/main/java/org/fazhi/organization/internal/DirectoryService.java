package org.fazhi.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** The {@link UnitDirectory} other modules use, answered from the in-memory {@link NameIndex}. */
@Service
class DirectoryService implements UnitDirectory {

    private final NameIndexHolder holder;

    DirectoryService(NameIndexHolder holder) {
        this.holder = holder;
    }

    @Override
    public Optional<UnitView> find(long id) {
        return holder.index().unit(id);
    }

    @Override
    public List<UnitView> activeUnits() {
        return holder.index().activeUnits();
    }

    @Override
    public List<UnitView> byKind(UnitKind kind) {
        return holder.index().byKind(kind);
    }

    @Override
    public NameResolution resolve(String written) {
        return holder.index().resolve(written);
    }

    @Override
    public List<NameResolution> resolveAll(Collection<String> written) {
        NameIndex index = holder.index();
        return written.stream().map(index::resolve).toList();
    }

    @Override
    public String displayName(long id) {
        return require(id).displayName();
    }

    @Override
    public long successorOf(long id) {
        return holder.index().successorOf(require(id).id());
    }

    private UnitView require(long id) {
        return holder.index().unit(id).orElseThrow(() -> new NotFoundException("error.org.unit.notFound", id));
    }
}
