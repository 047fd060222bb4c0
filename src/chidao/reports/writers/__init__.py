"""Framework-free writers of the documents officials send: công văn đôn đốc, sổ theo dõi, báo cáo,
phụ lục, bảng tổng hợp tiếp thu giải trình (.docx with python-docx, .xlsx with openpyxl), and
inline SVG charts. Inputs are the plain dataclasses of `profile`; outputs are bytes or strings."""
