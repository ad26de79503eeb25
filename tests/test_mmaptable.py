import pytest

from cbec_rag.mmaptable import MmapTable, open_table, write_table


@pytest.mark.parametrize(
    "table",
    [
        {"跨境": 120, "跨": 0, "电商": 3000, "e-commerce": -5, "a" * 300: 2**40},
        {"海外仓": "n", "出口": "v", "x": "", "长标签": "标签"},
        {},
    ],
)
def test_round_trip(tmp_path, table):
    path = tmp_path / "t.tab"
    write_table(path, table)
    got = open_table(path)
    assert isinstance(got, MmapTable) and len(got) == len(table)
    for key, value in table.items():
        assert key in got and got[key] == value and got.get(key) == value
    assert got.to_dict() == table and sorted(got) == sorted(table)
    for missing in ("跨境电", "", "zz", "跨境 "):
        assert missing not in got and got.get(missing, 7) == 7
        with pytest.raises(KeyError):
            got[missing]
    assert 3 not in got and got.get(None) is None  # not a str: never found


def test_many_keys_with_colliding_slots(tmp_path):
    table = {f"词{i}": i for i in range(5000)}
    write_table(tmp_path / "t.tab", table)
    got = open_table(tmp_path / "t.tab")
    assert all(got[k] == v for k, v in table.items())
    assert f"词{5000}" not in got


def test_damaged_or_foreign_files_are_refused(tmp_path):
    path = tmp_path / "t.tab"
    write_table(path, {"跨境": 1, "电商": 2})
    data = path.read_bytes()
    for bad in (b"", b"not a table file at all, but long enough", data[:-1], data + b"\0", b"X" + data[1:]):
        path.write_bytes(bad)
        with pytest.raises(ValueError):
            open_table(path)
    with pytest.raises(FileNotFoundError):
        open_table(tmp_path / "missing.tab")
