"""The demo province: units with aliases, a group, a merged unit, and the five demo users."""

from __future__ import annotations

import datetime as dt

from chidao.accounts.models import Unit, UnitAlias, User

# code, name, short name, kind, aliases
UNITS: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("ubnd-tinh", "UBND tỉnh Lạng Sơn", "UBND tỉnh", "province", ("Ủy ban nhân dân tỉnh Lạng Sơn",)),
    ("vp-ubnd", "Văn phòng UBND tỉnh", "VP UBND", "office", ("Văn phòng Ủy ban nhân dân tỉnh",)),
    ("tp-langson", "UBND thành phố Lạng Sơn", "UBND TP", "district",
     ("UBND TP Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn", "thành phố Lạng Sơn")),
    ("so-taichinh", "Sở Tài chính", "STC", "department", ("Sở TC",)),
    ("so-khdt", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "department", ("Sở KHĐT",)),
    ("so-xaydung", "Sở Xây dựng", "SXD", "department", ("Sở XD",)),
    ("so-tnmt", "Sở Tài nguyên và Môi trường", "Sở TN&MT", "department", ("Sở TNMT",)),
    ("so-gtvt", "Sở Giao thông vận tải", "Sở GTVT", "department", ()),
    ("so-congthuong", "Sở Công Thương", "SCT", "department", ()),
    ("so-yte", "Sở Y tế", "SYT", "department", ()),
    ("so-tttt", "Sở Thông tin và Truyền thông", "Sở TT&TT", "department", ("Sở TTTT",)),
    ("so-noivu", "Sở Nội vụ", "SNV", "department", ()),
    ("so-gddt", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "department", ()),
    ("mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", "other", ("Ủy ban MTTQ tỉnh",)),
    ("vp-tinhuy", "Văn phòng Tỉnh ủy", "VPTU", "party", ()),
    ("bcsd-ubnd", "Ban cán sự đảng UBND tỉnh", "BCSĐ UBND tỉnh", "party", ()),
    ("ubnd-caoloc", "UBND huyện Cao Lộc", "UBND huyện Cao Lộc", "district", ()),
    ("ubnd-xa-dongdang", "UBND xã Đồng Đăng", "", "commune", ()),
]
GROUPS = {
    "cac-so-nganh": ("Các sở, ngành liên quan", ("các sở, ngành", "các sở, ban, ngành", "các cơ quan, đơn vị"),
                     ("so-taichinh", "so-khdt", "so-xaydung", "so-tnmt", "so-gtvt", "so-congthuong", "so-yte",
                      "so-tttt", "so-noivu", "so-gddt")),
}
# username, full name, role, unit code, title
USERS = [
    ("quantri", "Lê Văn Quản", "admin", "vp-ubnd", "Quản trị hệ thống"),
    ("vanthu", "Phạm Thị Thu", "clerk", "vp-ubnd", "Chuyên viên theo dõi nhiệm vụ"),
    ("lanhdao", "Nguyễn Văn An", "leader", "ubnd-tinh", "Phó Chủ tịch UBND tỉnh"),
    ("tp-langson", "Vi Văn Hùng", "officer", "tp-langson", "Chuyên viên Văn phòng HĐND-UBND thành phố"),
    ("so-taichinh", "Hoàng Thị Mai", "officer", "so-taichinh", "Chuyên viên Văn phòng Sở"),
]
DEMO_PASSWORD = "chidao-demo"


def load_units() -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for code, name, short, kind, aliases in UNITS:
        unit, _ = Unit.objects.update_or_create(code=code, defaults={"name": name, "short_name": short, "kind": kind})
        units[code] = unit
        for alias in aliases:
            UnitAlias.objects.get_or_create(unit=unit, text=alias)
    for code, unit in units.items():
        if code != "ubnd-tinh" and unit.parent_id is None:
            unit.parent = units["ubnd-tinh"]
            unit.save(update_fields=["parent"])
    # the end of the district level (1/7/2025): Cao Lộc is succeeded by the commune, old documents unchanged
    caoloc = units["ubnd-caoloc"]
    if caoloc.valid_to is None:
        caoloc.valid_to, caoloc.successor = dt.date(2025, 6, 30), units["ubnd-xa-dongdang"]
        caoloc.save(update_fields=["valid_to", "successor"])
    for code, (name, aliases, members) in GROUPS.items():
        group, _ = Unit.objects.update_or_create(code=code, defaults={"name": name, "kind": "other", "is_group": True})
        group.members.set([units[m] for m in members])
        for alias in aliases:
            UnitAlias.objects.get_or_create(unit=group, text=alias)
        units[code] = group
    return units


def load_users(units: dict[str, Unit], password: str | None = DEMO_PASSWORD) -> dict[str, User]:
    users: dict[str, User] = {}
    for username, full_name, role, unit, title in USERS:
        user, created = User.objects.get_or_create(username=username)
        user.full_name, user.role, user.unit, user.title = full_name, role, units[unit], title
        user.can_read_secret = role in ("admin", "leader")
        user.is_staff = user.is_superuser = role == "admin"
        if created and password:
            user.set_password(password)
        user.save()
        users[username] = user
    return users
