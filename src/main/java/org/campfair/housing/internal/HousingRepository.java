package org.campfair.housing.internal;

import static org.campfair.shared.StaleRecordException.requireChanged;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.campfair.housing.Bed;
import org.campfair.housing.House;
import org.campfair.housing.Room;
import org.campfair.housing.RoomRule;
import org.campfair.shared.VersionedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A camp's houses, their rooms and beds. */
@Repository
public class HousingRepository {

    private static final VersionedTable HOUSES = new VersionedTable("house", "House");
    private static final VersionedTable ROOMS = new VersionedTable("room", "Room");
    private static final VersionedTable BEDS = new VersionedTable("bed", "Bed");
    private static final String ROOM_COLUMNS = "r.id, r.house_id, r.name, r.private, r.step_free, r.quiet, r.rule, r.version";

    private final JdbcClient jdbc;

    HousingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<House> housesOf(long campId) {
        return jdbc.sql("select id, camp_id, name, address, latitude, longitude, version from house where camp_id = ? order by name")
                .param(campId).query(House.class).list();
    }

    public Optional<House> house(long id) {
        return jdbc.sql("select id, camp_id, name, address, latitude, longitude, version from house where id = ?")
                .param(id).query(House.class).optional();
    }

    public long insertHouse(House house) {
        return jdbc.sql("insert into house (camp_id, name, address, latitude, longitude) values (?, ?, ?, ?, ?) returning id")
                .params(house.campId(), house.name(), house.address(), house.latitude(), house.longitude())
                .query(Long.class).single();
    }

    public void updateHouse(House house) {
        requireChanged(jdbc.sql("""
                update house set name = ?, address = ?, latitude = ?, longitude = ?, version = version + 1
                where id = ? and version = ?""")
                .params(house.name(), house.address(), house.latitude(), house.longitude(), house.id(), house.version())
                .update(), "House", house.id());
    }

    public void deleteHouse(House house) {
        HOUSES.delete(jdbc, house.id(), house.version());
    }

    public boolean houseNameTaken(long campId, String name, long exceptId) {
        return HOUSES.nameTaken(jdbc, "camp_id", campId, "name", name, exceptId);
    }

    public List<Room> roomsOf(long campId) {
        return jdbc.sql("select " + ROOM_COLUMNS + " " + """
                 from room r join house h on h.id = r.house_id where h.camp_id = ? order by h.name, r.name""")
                .param(campId).query(HousingRepository::room).list();
    }

    public Optional<Room> room(long id) {
        return jdbc.sql("select " + ROOM_COLUMNS + " from room r where r.id = ?").param(id)
                .query(HousingRepository::room).optional();
    }

    public long insertRoom(Room room) {
        return jdbc.sql("""
                insert into room (house_id, name, private, step_free, quiet, rule) values (?, ?, ?, ?, ?, ?)
                returning id""")
                .params(room.houseId(), room.name(), room.privateRoom(), room.stepFree(), room.quiet(), rule(room))
                .query(Long.class).single();
    }

    public void updateRoom(Room room) {
        requireChanged(jdbc.sql("""
                update room set house_id = ?, name = ?, private = ?, step_free = ?, quiet = ?, rule = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(room.houseId(), room.name(), room.privateRoom(), room.stepFree(), room.quiet(), rule(room),
                        room.id(), room.version())
                .update(), "Room", room.id());
    }

    public void deleteRoom(Room room) {
        ROOMS.delete(jdbc, room.id(), room.version());
    }

    public boolean roomNameTaken(long houseId, String name, long exceptId) {
        return ROOMS.nameTaken(jdbc, "house_id", houseId, "name", name, exceptId);
    }

    public List<Bed> bedsOf(long campId) {
        return jdbc.sql("""
                select b.id, b.room_id, b.label, b.version from bed b join room r on r.id = b.room_id
                join house h on h.id = r.house_id where h.camp_id = ? order by h.name, r.name, b.label""")
                .param(campId).query(Bed.class).list();
    }

    public Optional<Bed> bed(long id) {
        return jdbc.sql("select id, room_id, label, version from bed where id = ?").param(id).query(Bed.class).optional();
    }

    public long insertBed(Bed bed) {
        return jdbc.sql("insert into bed (room_id, label) values (?, ?) returning id").params(bed.roomId(), bed.label())
                .query(Long.class).single();
    }

    public void updateBed(Bed bed) {
        requireChanged(jdbc.sql("update bed set room_id = ?, label = ?, version = version + 1 where id = ? and version = ?")
                .params(bed.roomId(), bed.label(), bed.id(), bed.version()).update(), "Bed", bed.id());
    }

    public void deleteBed(Bed bed) {
        BEDS.delete(jdbc, bed.id(), bed.version());
    }

    public boolean bedLabelTaken(long roomId, String label, long exceptId) {
        return BEDS.nameTaken(jdbc, "room_id", roomId, "label", label, exceptId);
    }

    public int bedsInRoom(long roomId) {
        return jdbc.sql("select count(*) from bed where room_id = ?").param(roomId).query(Integer.class).single();
    }

    /** How many published stays (any publication) use a bed of the house, the room or the bed itself. */
    public int publishedStaysInHouse(long houseId) {
        return jdbc.sql("""
                select count(*) from published_bed pb join bed b on b.id = pb.bed_id join room r on r.id = b.room_id
                where r.house_id = ?""").param(houseId).query(Integer.class).single();
    }

    public int publishedStaysInRoom(long roomId) {
        return jdbc.sql("select count(*) from published_bed pb join bed b on b.id = pb.bed_id where b.room_id = ?")
                .param(roomId).query(Integer.class).single();
    }

    public int publishedStaysInBed(long bedId) {
        return jdbc.sql("select count(*) from published_bed where bed_id = ?").param(bedId).query(Integer.class).single();
    }

    private static String rule(Room room) {
        return room.rule() == null ? null : room.rule().name();
    }

    private static Room room(ResultSet rs, int row) throws SQLException {
        String rule = rs.getString("rule");
        return new Room(rs.getLong("id"), rs.getLong("house_id"), rs.getString("name"), rs.getBoolean("private"),
                rs.getBoolean("step_free"), rs.getBoolean("quiet"), rule == null ? null : RoomRule.valueOf(rule),
                rs.getInt("version"));
    }
}
