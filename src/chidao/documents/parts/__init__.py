"""The formal parts of a document (thể thức): header block, number, place and date, type, subject,
Kính gửi, signature blocks, Nơi nhận and Lưu."""
