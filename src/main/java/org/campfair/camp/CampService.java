package org.campfair.camp;

import java.util.List;
import org.campfair.camp.internal.CampRepository;
import org.campfair.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits camps. */
@Service
@Transactional(readOnly = true)
public class CampService {

    private final CampRepository camps;

    CampService(CampRepository camps) {
        this.camps = camps;
    }

    public List<Camp> list() {
        return camps.findAll();
    }

    public Camp get(long id) {
        return camps.findById(id).orElseThrow(() -> new NotFoundException("Camp", id));
    }

    @Transactional
    public Camp update(Camp camp) {
        return camps.update(camp);
    }

    @Transactional
    public void markStatus(long id, CampStatus status) {
        camps.updateStatus(id, status);
    }
}
