package org.campfair.housing.internal;

import org.campfair.camp.CampCopied;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Copies a camp's houses, rooms and beds into a camp started from it, in the same transaction. */
@Component
class HousingCopy {

    private final JdbcClient jdbc;

    HousingCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void copy(CampCopied copied) {
        jdbc.sql("""
                insert into house (camp_id, name, address, latitude, longitude)
                select ?, name, address, latitude, longitude from house where camp_id = ?""")
                .params(copied.newCampId(), copied.templateCampId()).update();
        jdbc.sql("""
                insert into room (house_id, name, private, step_free, quiet, rule)
                select nh.id, r.name, r.private, r.step_free, r.quiet, r.rule
                from room r join house oh on oh.id = r.house_id and oh.camp_id = ?
                join house nh on nh.camp_id = ? and nh.name = oh.name""")
                .params(copied.templateCampId(), copied.newCampId()).update();
        jdbc.sql("""
                insert into bed (room_id, label)
                select nr.id, b.label
                from bed b join room r on r.id = b.room_id join house oh on oh.id = r.house_id and oh.camp_id = ?
                join house nh on nh.camp_id = ? and nh.name = oh.name
                join room nr on nr.house_id = nh.id and nr.name = r.name""")
                .params(copied.templateCampId(), copied.newCampId()).update();
    }
}
