"""The one internal record every importer produces: a service, shaped on HSDS 3.0.

Records are plain dataclasses so they serialize to the record store as JSON and
come back unchanged (`to_dict` / `from_dict`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

__all__ = ["Address", "Location", "Phone", "Schedule", "ServiceRecord", "SourceInfo"]


@dataclass
class Phone:
    number: str
    type: str = "voice"
    description: str = ""


@dataclass
class Address:
    street: str = ""
    city: str = ""
    province: str = ""
    postal_code: str = ""
    country: str = "CA"

    def one_line(self) -> str:
        city = " ".join(part for part in (self.city, self.province) if part)
        return ", ".join(part for part in (self.street, city, self.postal_code) if part)


@dataclass
class Location:
    name: str = ""
    address: Address | None = None
    latitude: float | None = None
    longitude: float | None = None
    virtual: bool = False


@dataclass
class Schedule:
    """One weekly opening rule (RFC 5545 style, as HSDS 3.0 keeps it)."""

    byday: list[str] = field(default_factory=list)  # "MO", "TU", ...
    opens_at: str = ""  # "09:00"
    closes_at: str = ""  # "17:00"
    description: str = ""


@dataclass
class SourceInfo:
    """Where a batch of records came from, for the manifest and for every answer."""

    name: str
    format: str
    location: str
    checksum: str = ""
    notice: str = ""  # e.g. the demo-data warning, shown with every record


@dataclass
class ServiceRecord:
    id: str  # the source's own id for the service
    source: str  # SourceInfo.name
    name: str
    description: str
    organization: str = ""
    status: str = "active"
    last_verified: date | None = None
    url: str = ""
    email: str = ""
    phones: list[Phone] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)  # ISO 639-1 codes
    eligibility: str = ""
    fees: str = ""
    categories: list[str] = field(default_factory=list)
    taxonomy_codes: list[str] = field(default_factory=list)
    populations: list[str] = field(default_factory=list)  # who it serves, e.g. AIRS Y codes
    service_areas: list[str] = field(default_factory=list)  # places served, e.g. "Ontario"
    hours_text: str = ""  # free-text hours where the source has no structured schedule
    record_url: str = ""  # the record's own page at its source, where one exists
    source_notice: str = ""

    @property
    def key(self) -> str:
        """Unique across sources: the same id can occur in two sources."""
        return f"{self.source}:{self.id}"

    @property
    def cities(self) -> list[str]:
        return [loc.address.city for loc in self.locations if loc.address and loc.address.city]

    def passage_text(self) -> str:
        """What the embedding model reads for this record."""
        parts = [self.name, self.organization, self.description]
        if self.categories:
            parts.append(", ".join(self.categories))
        if self.eligibility:
            parts.append(self.eligibility)
        if self.cities:
            parts.append(", ".join(dict.fromkeys(self.cities)))
        return ". ".join(p.strip().rstrip(".") for p in parts if p and p.strip()) + "."

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_verified"] = self.last_verified.isoformat() if self.last_verified else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServiceRecord:
        data = dict(data)
        verified = data.get("last_verified")
        data["last_verified"] = date.fromisoformat(verified) if verified else None
        data["phones"] = [Phone(**p) for p in data.get("phones", [])]
        data["schedules"] = [Schedule(**s) for s in data.get("schedules", [])]
        data["locations"] = [
            Location(
                **{**loc, "address": Address(**loc["address"]) if loc.get("address") else None}
            )
            for loc in data.get("locations", [])
        ]
        return cls(**data)
