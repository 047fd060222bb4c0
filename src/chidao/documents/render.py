"""The readable Vietnamese view of a parsed document (`chidao parse --format text`)."""

from __future__ import annotations

from chidao.documents.model import Document


def _date(d: object) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"  # type: ignore[attr-defined]


def render_text(doc: Document) -> str:
    out: list[str] = [f"══ {doc.source.name} ══"]

    def row(label: str, value: object) -> None:
        out.append(f"{label:<18}{value if value not in (None, '') else '—'}")

    row("Khối", {"state": "Nhà nước (NĐ 30/2020)", "party": "Đảng (HD 36)"}.get(doc.family, "chưa rõ"))
    row("Cơ quan ban hành", doc.issuer.name if doc.issuer else None)
    row("Số, ký hiệu", doc.number.text if doc.number else None)
    row("Địa danh", doc.place.name if doc.place else None)
    row("Ngày", doc.date.text if doc.date else None)
    row("Loại văn bản", f"{doc.type.name} ({doc.type.code})" if doc.type else None)
    row("Trích yếu", doc.subject.text if doc.subject else None)
    if doc.addressees:
        row("Kính gửi", "; ".join(a.name for a in doc.addressees))
    for sig in doc.signatures[:1]:
        chain = " / ".join(f"{a.marker} {a.of}" for a in sig.authority)
        row("Người ký", ", ".join(x for x in (chain, sig.title or "", sig.name or "") if x))
    if doc.recipients:
        row("Nơi nhận", "; ".join(r.text for r in doc.recipients))
    if doc.archive:
        row("Lưu", doc.archive.text)
    if doc.references:
        out.append("Văn bản được dẫn chiếu:")
        out.extend(f"  - {r.number}  {r.text}" for r in doc.references)
    if doc.meeting:
        m = doc.meeting
        chair = m.chair.name if m.chair else None
        out.append(f"Cuộc họp: ngày {_date(m.date)}, chủ trì: {chair or '—'}; {len(m.participants)} thành phần")
    out.append(f"Nhiệm vụ ({len(doc.tasks)}):")
    for t in doc.tasks:
        indent = "    " if t.parent else "  "
        due = "—"
        if t.deadline:
            due = _date(t.deadline.due) if t.deadline.due else (t.deadline.text or t.deadline.kind)
        out.append(f"{indent}[{t.id}] {t.text}")
        out.append(f"{indent}     chủ trì: {', '.join(t.assignees) or '—'}"
                   f"{'; phối hợp: ' + ', '.join(t.coordinators) if t.coordinators else ''}; hạn: {due}")
    if doc.findings:
        out.append(f"Lỗi thể thức ({len(doc.findings)}):")
        out.extend(f"  {f.severity}: {f.rule} {f.message}" for f in doc.findings)
    return "\n".join(out)
